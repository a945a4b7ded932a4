/**
 * Export and import. Each export button turns the whole journal into one file with the pure
 * formatters and offers it as a download. Import reads a JSON export, sends its text to the
 * background, which checks every record and writes all of them or none; when it refuses, every
 * bad record is listed here by number and field.
 */
import { useState } from 'preact/hooks';
import { pageToBackground } from '@/src/messaging/protocol';
import type { Sighting } from '@/src/sightings/model';
import { usePageI18n } from '@/src/ui/page-i18n';
import { datedFileName, downloadText } from './download';
import { EXPORT_FORMATS } from './exporters';

interface Props {
  sightings: Sighting[];
  onNotice(notice: { text: string; error?: boolean }): void;
}

/** Export buttons and the import file picker. */
export function ExportImport({ sightings, onNotice }: Props) {
  const { t } = usePageI18n();
  const [errors, setErrors] = useState<string[]>([]);

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setErrors([]);
    const outcome = await pageToBackground.sendMessage('importSightings', await file.text());
    if (!outcome.ok) {
      setErrors(outcome.errors);
      return onNotice({ text: t('journal.transfer.refused', { file: file.name }), error: true });
    }
    const { added, updated, unchanged } = outcome.counts;
    onNotice({
      text: t('journal.transfer.imported', { file: file.name, added, updated, unchanged }),
    });
  }

  return (
    <section class="transfer" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">{t('journal.transfer.heading')}</h2>
      <div class="row">
        {EXPORT_FORMATS.map((format) => (
          <button
            type="button"
            key={format.extension}
            disabled={sightings.length === 0}
            onClick={() =>
              downloadText(
                datedFileName('sightings', format.extension),
                format.write(sightings),
                format.type,
              )
            }
          >
            {t('journal.transfer.export', { format: format.label })}
          </button>
        ))}
        <label for="import-file">{t('journal.transfer.import')}</label>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          onChange={(e) => importFile(e.currentTarget)}
        />
      </div>
      {errors.length > 0 && (
        <div class="import-errors" role="alert">
          <p class="error">{t('journal.transfer.fix')}</p>
          {/* The background checks records and names their problems in English. */}
          <ul lang="en">
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
