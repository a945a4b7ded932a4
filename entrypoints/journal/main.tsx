import { render } from 'preact';
import '@/src/report-ui/form.css';
import '@/src/journal-ui/journal.css';
import { JournalApp } from '@/src/journal-ui/JournalApp';

render(<JournalApp />, document.getElementById('app') as HTMLElement);
