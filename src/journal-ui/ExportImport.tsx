/**
 * Export and import. Each export button turns the whole journal into one file with the pure
 * formatters and offers it as a download. Import reads a JSON export, sends its text to the
 * background, which checks every record and writes all of them or none; when it refuses, every
 * bad record is listed here by number and field.
 */
import { useState } from 'preact/hooks';
import { pageToBackground } from '@/src/messaging/protocol';
import type { Sighting } from '@/src/sightings/model';
import { datedFileName, downloadText } from './download';
import { EXPORT_FORMATS } from './exporters';

interface Props {
  sightings: Sighting[];
  onNotice(notice: { text: string; error?: boolean }): void;
}

/** Export buttons and the import file picker. */
export function ExportImport({ sightings, onNotice }: Props) {
  const [errors, setErrors] = useState<string[]>([]);

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setErrors([]);
    const outcome = await pageToBackground.sendMessage('importSightings', await file.text());
    if (!outcome.ok) {
      setErrors(outcome.errors);
      return onNotice({
        text: `Nothing was imported from ${file.name}: it has problems, listed below.`,
        error: true,
      });
    }
    const { added, updated, unchanged } = outcome.counts;
    onNotice({
      text: `Imported ${file.name}: ${added} added, ${updated} updated, ${unchanged} already present.`,
    });
  }

  return (
    <section class="transfer" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">Export and import</h2>
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
            Export {format.label}
          </button>
        ))}
        <label for="import-file">Import a JSON export:</label>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          onChange={(e) => importFile(e.currentTarget)}
        />
      </div>
      {errors.length > 0 && (
        <div class="import-errors" role="alert">
          <p class="error">The file was not imported. Fix these and import it again:</p>
          <ul>
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
