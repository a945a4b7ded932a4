import '@/src/report-ui/form.css';
import './style.css';
import { mountPage } from '@/src/ui/page-root';
import { SettingsForm } from './SettingsForm';

const app = document.getElementById('app');
if (app) void mountPage(app, 'settings.documentTitle', () => <SettingsForm />);
