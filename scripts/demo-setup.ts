/**
 * What `npm run demo` does when Chromium is missing, decided apart from doing it so that the
 * decision can be tested without touching the machine. The demo needs Debian's `chromium`
 * package. It installs it itself when it may (running as root, or with sudo that asks for no
 * password) and otherwise prints the one command that does; it never installs over a browser
 * path the user chose (`CHROMIUM_PATH`), and never when told not to (`--no-install`).
 */

/** The Debian package and where it puts the browser. */
export const CHROMIUM_PACKAGE = 'chromium';
export const CHROMIUM_DEFAULT_PATH = '/usr/bin/chromium';

/** The command a person runs to install it. */
export const INSTALL_COMMAND = `sudo apt-get update && sudo apt-get install -y ${CHROMIUM_PACKAGE}`;

/** What was found on the machine. */
export interface MachineState {
  /** The browser path in use: `CHROMIUM_PATH`, or the Debian location. */
  path: string;
  /** Whether that path came from `CHROMIUM_PATH`. */
  fromEnv: boolean;
  exists: boolean;
  isRoot: boolean;
  /** `sudo -n true` succeeded. */
  sudoWithoutPassword: boolean;
  /** `apt-get` is there (a Debian or Ubuntu system). */
  hasAptGet: boolean;
  /** `--no-install` was given. */
  noInstall: boolean;
}

/** The commands to run, each as argv. */
export type Commands = string[][];

/** Ready, install with these commands, or stop with this message. */
export type SetupPlan =
  | { kind: 'ready' }
  | { kind: 'install'; commands: Commands; shown: string }
  | { kind: 'stop'; message: string };

/** Decides what to do about the browser. */
export function chromiumPlan(m: MachineState): SetupPlan {
  if (m.exists) return { kind: 'ready' };
  if (m.fromEnv) {
    return {
      kind: 'stop',
      message: `CHROMIUM_PATH=${m.path} does not exist. Point it at a Chromium binary, or unset it to use ${CHROMIUM_DEFAULT_PATH}.`,
    };
  }
  const tell = (why: string): SetupPlan => ({
    kind: 'stop',
    message: `Chromium is not installed (${CHROMIUM_DEFAULT_PATH} is missing)${why}. Install it with:\n\n  ${INSTALL_COMMAND}\n\nthen run npm run demo again.`,
  });
  if (!m.hasAptGet)
    return tell(
      ' and this is not a Debian-like system; install Chromium and set CHROMIUM_PATH, or on Debian',
    );
  if (m.noInstall) return tell('');
  const apt = (args: string[]) =>
    m.isRoot ? ['apt-get', ...args] : ['sudo', '-n', 'apt-get', ...args];
  if (m.isRoot || m.sudoWithoutPassword) {
    const commands = [apt(['update']), apt(['install', '-y', CHROMIUM_PACKAGE])];
    return { kind: 'install', commands, shown: commands.map((c) => c.join(' ')).join(' && ') };
  }
  return tell(', and installing it needs sudo with a password');
}
