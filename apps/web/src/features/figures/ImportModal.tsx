import { builtInIndicator } from '@anju/domain';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useIndicatorText } from '../../shared/indicators/useIndicatorText';
import { usePeriodLabel } from '../../shared/usePeriodLabel';
import { useHeadedProblemTable, useXlsxImport, XlsxImportModal } from '../../shared/xlsx-import';
import { ImportMonthlyFiguresMutation } from './figures.graphql';

interface Props {
  month: string;
  onClose(): void;
  onImported(): void;
}

/** Upload of the filled template: all or nothing, every bad cell listed by row and column. */
export function ImportModal({ month, onClose, onImported }: Props) {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  const indicatorText = useIndicatorText();
  // The API names a bad cell by its row and column letter (and, in params, what the column holds:
  // shown in the page's language); the file itself otherwise.
  const table = useHeadedProblemTable({
    titles: {
      row: t('figures.import.row'),
      column: t('figures.import.column'),
      problem: t('figures.import.problem'),
    },
    cell: (place) => t('figures.import.cell', place),
    cellOf: (place) => t('figures.import.cellOf', place),
    /** What a column holds, from the problem's params: an indicator's part, or the estate code. */
    header: (params) => {
      if (params?.column === 'estateCode') return t('estates.fields.code');
      const def =
        typeof params?.indicatorCode === 'string' ? builtInIndicator(params.indicatorCode) : undefined;
      if (!def) return null;
      const part =
        params?.part === 'denominator'
          ? indicatorText.denominatorLabel(def)
          : indicatorText.numeratorLabel(def);
      return `${indicatorText.name(def)} · ${part}`;
    },
    sortable: true,
  });
  const [, importFigures] = useMutation(ImportMonthlyFiguresMutation);
  const importer = useXlsxImport({
    run: (fileId) => importFigures({ input: { month, fileId } }),
    fileField: t('figures.import.fileField'),
    refused: (count) => t('figures.import.refused', { count }),
    done: ({ importMonthlyFigures: r }) =>
      t('figures.import.done', { estates: r.estateCount, figures: r.figureCount }),
    onImported,
    onClose,
  });
  return (
    <XlsxImportModal
      title={t('figures.import.title', { month: periodLabel(month) })}
      hint={t('figures.import.hint')}
      dropText={t('figures.import.drop')}
      busyText={t('figures.import.uploading')}
      importer={importer}
      onClose={onClose}
      problemsTestId="import-problems"
      table={table}
    />
  );
}
