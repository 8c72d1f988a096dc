import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useCompactProblemTable, useXlsxImport, XlsxImportModal } from '../../shared/xlsx-import';
import { ImportStaffMutation } from './staff.graphql';

interface Props {
  estateId: string;
  onClose(): void;
  onImported(): void;
}

/** Staff from an .xlsx file: all or nothing; every wrong cell is listed by row and column. */
export function StaffImportModal({ estateId, onClose, onImported }: Props) {
  const { t } = useTranslation();
  const [, importStaff] = useMutation(ImportStaffMutation);
  const table = useCompactProblemTable((row) => t('team.staff.row', { row }));
  const importer = useXlsxImport({
    run: (fileId) => importStaff({ input: { estateId, fileId } }),
    refused: (count) => t('team.staff.importErrors', { count }),
    done: (data) => t('team.staff.imported', { count: data.importStaff.created }),
    onImported,
    onClose,
  });
  return (
    <XlsxImportModal
      title={t('team.staff.importTitle')}
      hint={t('team.staff.importHint')}
      dropText={t('team.staff.importTitle')}
      busyText={t('team.staff.importTitle')}
      importer={importer}
      onClose={onClose}
      problemsTestId="import-problems"
      table={table}
    />
  );
}
