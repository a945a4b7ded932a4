import '@/src/report-ui/form.css';
import { ReportApp } from '@/src/report-ui/ReportApp';
import { mountPage } from '@/src/ui/page-root';

void mountPage(document.getElementById('app') as HTMLElement, 'report.documentTitle', () => (
  <ReportApp search={location.search} />
));
