import { LEAVE_KINDS } from '@anju/domain';
import { Alert, Modal, Radio, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { LeaveKind, RosterEditKind, RosterFieldsFragment } from '../../gql/graphql';
import { useErrorText } from '../../shared/useErrorText';
import { EditRosterDayMutation } from './rosters.graphql';

type Row = RosterFieldsFragment['rows'][number];
type Day = Row['days'][number];

interface Props {
  roster: RosterFieldsFragment;
  row: Row;
  day: Day;
  onClose(): void;
  onSaved(): void;
}

type Choice = 'LEAVE' | 'SWAP' | 'RESET';

/** Changes one person's day: leave, a swap with a colleague, or back to the generated shift. */
export function DayEditor({ roster, row, day, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [choice, setChoice] = useState<Choice>(day.editKind ? 'RESET' : 'LEAVE');
  const [leaveKind, setLeaveKind] = useState<LeaveKind>((day.leaveKind as LeaveKind) ?? 'ANNUAL');
  const [withStaffId, setWithStaffId] = useState<string | undefined>();
  const [state, edit] = useMutation(EditRosterDayMutation);

  const apply = async () => {
    const res = await edit({
      input: {
        departmentId: roster.departmentId,
        staffId: row.staffId,
        day: day.day,
        kind: choice as RosterEditKind,
        leaveKind: choice === 'LEAVE' ? leaveKind : null,
        withStaffId: choice === 'SWAP' ? (withStaffId ?? null) : null,
        expectedVersion: roster.version,
      },
    });
    if (res.data) onSaved();
  };

  return (
    <Modal
      open
      title={t('rosters.edit.title', { name: row.staffName, day: day.day })}
      onCancel={onClose}
      onOk={apply}
      okText={t('rosters.edit.apply')}
      cancelText={t('common.cancel')}
      confirmLoading={state.fetching}
      okButtonProps={{ disabled: choice === 'SWAP' && !withStaffId }}
      destroyOnHidden
    >
      {state.error ? (
        <Alert type="error" showIcon title={errorText(state.error)} style={{ marginBottom: 12 }} />
      ) : null}
      <Radio.Group value={choice} onChange={(e) => setChoice(e.target.value)}>
        <Space direction="vertical">
          <Radio value="LEAVE">{t('rosters.edit.leave')}</Radio>
          {choice === 'LEAVE' ? (
            <Select
              value={leaveKind}
              onChange={setLeaveKind}
              style={{ width: 200, marginLeft: 24 }}
              aria-label={t('rosters.edit.leaveKind')}
              options={LEAVE_KINDS.map((k) => ({ value: k, label: t(`rosters.leaveKinds.${k}`) }))}
            />
          ) : null}
          <Radio value="SWAP">{t('rosters.edit.swap')}</Radio>
          {choice === 'SWAP' ? (
            <Select
              value={withStaffId}
              onChange={setWithStaffId}
              style={{ width: 200, marginLeft: 24 }}
              aria-label={t('rosters.edit.swapWith')}
              placeholder={t('rosters.edit.swapWith')}
              options={roster.rows
                .filter((r) => r.staffId !== row.staffId)
                .map((r) => ({ value: r.staffId, label: r.staffName }))}
            />
          ) : null}
          <Radio value="RESET" disabled={!day.editKind}>
            {t('rosters.edit.reset')}
          </Radio>
        </Space>
      </Radio.Group>
    </Modal>
  );
}
