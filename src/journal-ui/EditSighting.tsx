/**
 * Editing a stored sighting in the report form. Page and quote are the evidence and stay as
 * captured; everything else can change, and `updatedAt` moves forward so merges keep this copy.
 */
import { pageToBackground } from '@/src/messaging/protocol';
import { errorsFromIssues } from '@/src/report-ui/form-values';
import { ReportForm } from '@/src/report-ui/ReportForm';
import { updateSighting } from '@/src/sightings/create';
import { findDuplicates } from '@/src/sightings/duplicates';
import type { Sighting } from '@/src/sightings/model';
import { InvalidSightingError } from '@/src/sightings/validate';
import { usePageI18n } from '@/src/ui/page-i18n';

interface Props {
  sighting: Sighting;
  journal: Sighting[];
  /** Called with true after a save, false on cancel. */
  onDone(saved: boolean): void;
}

/** The form for one stored sighting. */
export function EditSighting({ sighting, journal, onDone }: Props) {
  const { t } = usePageI18n();
  return (
    // Escape leaves the form without saving, as it closes a dialog; focus goes back to the item.
    // biome-ignore lint/a11y/noStaticElementInteractions: the key handler serves the form's own controls
    <div
      class="editing"
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || e.defaultPrevented) return;
        e.preventDefault();
        onDone(false);
      }}
    >
      <ReportForm
        record={sighting}
        suggestions={[]}
        duplicates={findDuplicates(journal, sighting)}
        submitLabel={t('journal.saveChanges')}
        onCancel={() => onDone(false)}
        onSubmit={async (fields) => {
          let next: Sighting;
          try {
            // Optional fields the user emptied are removed, not kept from the old record.
            const cleared = { origin: undefined, destination: undefined, routeLeg: undefined };
            next = updateSighting(sighting, { ...cleared, ...fields }, new Date());
          } catch (error) {
            if (error instanceof InvalidSightingError) return errorsFromIssues(error.issues);
            throw error;
          }
          const result = await pageToBackground.sendMessage('saveSighting', next);
          if (!result.ok) return { form: result.error };
          onDone(true);
          return null;
        }}
      />
    </div>
  );
}
