/** What the demo does about a missing Chromium on a fresh machine. */
import { describe, expect, it } from 'vitest';
import { chromiumPlan, INSTALL_COMMAND, type MachineState } from '../../../scripts/demo-setup';

const fresh: MachineState = {
  path: '/usr/bin/chromium',
  fromEnv: false,
  exists: false,
  isRoot: false,
  sudoWithoutPassword: false,
  hasAptGet: true,
  noInstall: false,
};

describe('demo set-up', () => {
  it('does nothing when Chromium is there', () => {
    expect(chromiumPlan({ ...fresh, exists: true })).toEqual({ kind: 'ready' });
  });

  it('installs it as root, and with sudo that asks for no password', () => {
    expect(chromiumPlan({ ...fresh, isRoot: true })).toEqual({
      kind: 'install',
      commands: [
        ['apt-get', 'update'],
        ['apt-get', 'install', '-y', 'chromium'],
      ],
      shown: 'apt-get update && apt-get install -y chromium',
    });
    expect(chromiumPlan({ ...fresh, sudoWithoutPassword: true })).toMatchObject({
      kind: 'install',
      commands: [
        ['sudo', '-n', 'apt-get', 'update'],
        ['sudo', '-n', 'apt-get', 'install', '-y', 'chromium'],
      ],
    });
  });

  it('otherwise prints the one command that installs it', () => {
    const plan = chromiumPlan(fresh);
    expect(plan.kind).toBe('stop');
    expect(plan.kind === 'stop' && plan.message).toContain(`\n  ${INSTALL_COMMAND}\n`);
    expect(chromiumPlan({ ...fresh, isRoot: true, noInstall: true })).toMatchObject({
      kind: 'stop',
    });
    expect(chromiumPlan({ ...fresh, isRoot: true, hasAptGet: false })).toMatchObject({
      kind: 'stop',
    });
  });

  it('never installs over a browser path the user chose', () => {
    const plan = chromiumPlan({
      ...fresh,
      isRoot: true,
      fromEnv: true,
      path: '/opt/chrome/chrome',
    });
    expect(plan).toMatchObject({ kind: 'stop' });
    expect(plan.kind === 'stop' && plan.message).toContain('CHROMIUM_PATH=/opt/chrome/chrome');
  });
});
