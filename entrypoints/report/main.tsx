import { render } from 'preact';
import '@/src/report-ui/form.css';
import { ReportApp } from '@/src/report-ui/ReportApp';

render(<ReportApp search={location.search} />, document.getElementById('app') as HTMLElement);
