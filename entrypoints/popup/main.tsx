import { render } from 'preact';

render(<h1>DPRK Labor Lens</h1>, document.getElementById('app') as HTMLElement);
