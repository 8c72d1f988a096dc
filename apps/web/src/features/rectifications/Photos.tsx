import { LoadingOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Image, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tokenStore } from '../../app/token';
import { type FileRef, uploadFile, useFileErrorText } from '../../shared/files';

/**
 * A stored photo: `GET /files/:id` needs the bearer token, which an <img> cannot send, so the
 * bytes are fetched and shown through an object URL (released when the photo goes away).
 */
function useFileUrl(id: string, thumbnail: boolean): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let revoked = false;
    let objectUrl: string | null = null;
    const token = tokenStore.get();
    void fetch(`/files/${encodeURIComponent(id)}${thumbnail ? '/thumbnail' : ''}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    })
      .then((res) => (res.ok ? res.blob() : null))
      .then((blob) => {
        if (!blob || revoked) return;
        objectUrl = URL.createObjectURL(blob);
        setUrl(objectUrl);
      })
      .catch(() => undefined);
    return () => {
      revoked = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [id, thumbnail]);
  return url;
}

function Photo({ file }: { file: Pick<FileRef, 'id' | 'name'> }) {
  const thumb = useFileUrl(file.id, true);
  const full = useFileUrl(file.id, false);
  return (
    <Image
      src={thumb ?? full ?? undefined}
      preview={full ? { src: full } : false}
      alt={file.name}
      width={88}
      height={88}
      style={{ objectFit: 'cover', borderRadius: 6, background: '#f5f5f5' }}
    />
  );
}

/** Photos as thumbnails (tap to enlarge); a dash when there are none. */
export function PhotoList({ photos }: { photos: readonly Pick<FileRef, 'id' | 'name'>[] }) {
  const { t } = useTranslation();
  if (!photos.length)
    return <Typography.Text type="secondary">{t('rectifications.evidence.none')}</Typography.Text>;
  return (
    <Image.PreviewGroup>
      <Flex wrap gap={8}>
        {photos.map((p) => (
          <Photo key={p.id} file={p} />
        ))}
      </Flex>
    </Image.PreviewGroup>
  );
}

/**
 * Photos of a form: those already stored and new uploads (through `POST /files`), with a big
 * button that opens the phone's camera. `onChange` gets the ids to send with the mutation.
 */
export function PhotoField({
  value = [],
  onChange,
  label,
  disabled,
}: {
  /** Set by the Form.Item around it. */
  value?: readonly Pick<FileRef, 'id' | 'name'>[];
  onChange?: (files: Pick<FileRef, 'id' | 'name'>[]) => void;
  label: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const fileErrorText = useFileErrorText();
  const input = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState(false);
  const pick = async (files: FileList | null) => {
    if (!files?.length) return;
    setUploading(true);
    const added: Pick<FileRef, 'id' | 'name'>[] = [];
    try {
      for (const f of Array.from(files)) added.push(await uploadFile(f, f.name));
    } catch (error) {
      void message.error(fileErrorText(error));
    } finally {
      setUploading(false);
      if (input.current) input.current.value = '';
      if (added.length) onChange?.([...value, ...added]);
    }
  };
  return (
    <Flex vertical gap={8}>
      <PhotoList photos={value} />
      {disabled ? null : (
        <>
          <input
            ref={input}
            type="file"
            accept="image/*"
            capture="environment"
            multiple
            hidden
            aria-label={label}
            onChange={(e) => void pick(e.target.files)}
          />
          <Button
            icon={uploading ? <LoadingOutlined /> : <PlusOutlined />}
            disabled={uploading}
            onClick={() => input.current?.click()}
            style={{ minHeight: 44, alignSelf: 'flex-start' }}
          >
            {uploading
              ? t('rectifications.evidence.uploading')
              : `${t('rectifications.evidence.addPhoto')}（${label}）`}
          </Button>
        </>
      )}
    </Flex>
  );
}
