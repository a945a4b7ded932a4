import { render } from 'preact';
import { SettingsForm } from './SettingsForm';

const app = document.getElementById('app');
if (app) render(<SettingsForm />, app);
