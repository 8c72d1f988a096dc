import type { EstateFields } from '@anju/domain';
import { App, Button, Drawer, Flex, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation } from 'urql';
import { newIdempotencyKey } from '../../shared/format';
import { useIsMobile } from '../../shared/useIsMobile';
import { ESTATE_FORM_ID, EstateForm } from './EstateForm';
import { type EstateFormValues, type EstateRow, toFormValues } from './estateForm';
import { CreateEstateMutation, EstateQuery, UpdateEstateMutation } from './estates.graphql';

interface Props {
  /** The estate to edit, or null to create one. */
  estate: EstateRow | null;
  regions: readonly { id: string; name: string }[];
  onClose(): void;
  onSaved(estate: EstateRow): void;
}

/** Rendered only while open, so every opening starts from fresh values and a new idempotency key. */
export function EstateFormDrawer({ estate: initial, regions, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const mobile = useIsMobile();
  const client = useClient();
  const [form] = Form.useForm<EstateFormValues>();
  const [estate, setEstate] = useState(initial);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [created, createEstate] = useMutation(CreateEstateMutation);
  const [updated, updateEstate] = useMutation(UpdateEstateMutation);
  const saving = created.fetching || updated.fetching;

  const submit = async (fields: EstateFields) => {
    if (estate) {
      const result = await updateEstate({ input: { ...fields, id: estate.id, version: estate.version } });
      if (result.error || !result.data) return result.error;
      message.success(t('estates.updatedMsg', { name: result.data.updateEstate.name }));
      onSaved(result.data.updateEstate);
      return undefined;
    }
    const { name, code, type } = fields;
    const result = await createEstate({
      input: { ...fields, name: name ?? '', code: code ?? '', type: type ?? 'RESIDENTIAL', idempotencyKey },
    });
    if (result.error || !result.data) return result.error;
    message.success(t('estates.createdMsg', { name: result.data.createEstate.name }));
    onSaved(result.data.createEstate);
    return undefined;
  };

  // After a CONFLICT: load the latest version and show it; the user re-applies the change.
  const reload = async () => {
    if (!estate) return;
    const result = await client
      .query(EstateQuery, { id: estate.id }, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.data) {
      setEstate(result.data.estate);
      form.resetFields();
      form.setFieldsValue(toFormValues(result.data.estate));
    }
  };

  return (
    <Drawer
      open
      title={estate ? t('estates.editTitle') : t('estates.createTitle')}
      size={mobile ? '100%' : 640}
      onClose={onClose}
      mask={{ closable: !saving }}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose} disabled={saving}>
            {t('common.cancel')}
          </Button>
          <Button type="primary" htmlType="submit" form={ESTATE_FORM_ID} loading={saving}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <EstateForm
        key={estate?.version ?? 'new'}
        form={form}
        initialValues={toFormValues(estate)}
        regions={regions}
        creating={!estate}
        onSubmit={submit}
        onReload={reload}
      />
    </Drawer>
  );
}
