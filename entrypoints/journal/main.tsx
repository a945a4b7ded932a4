import '@/src/report-ui/form.css';
import '@/src/journal-ui/journal.css';
import { JournalApp } from '@/src/journal-ui/JournalApp';
import { mountPage } from '@/src/ui/page-root';

void mountPage(document.getElementById('app') as HTMLElement, 'journal.documentTitle', () => (
  <JournalApp />
));
