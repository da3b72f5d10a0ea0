import { Alert, Stack } from '@mantine/core';
import type { PlanLimit } from '../../apollo/serverErrors';
import { UpgradeButton } from '../../features/billing/UpgradeButton';
import { Composer } from '../../features/copilot/Composer';

interface ChatComposerAreaProps {
  onSend: (question: string) => Promise<boolean>;
  onStop: () => void;
  streaming: boolean;
  sending: boolean;
  planLimit: PlanLimit | null;
  workspaceSlug: string;
}

const PLAN_NAMES: Record<string, string> = { FREE: 'Free', PRO: 'Pro' };

/** The composer, with the reason when the plan's question limit stops it. */
export function ChatComposerArea({ onSend, onStop, streaming, sending, planLimit, workspaceSlug }: ChatComposerAreaProps) {
  return (
    <Stack gap="xs">
      {planLimit && (
        <Alert color="orange" title="Question limit reached" role="alert">
          Your {PLAN_NAMES[planLimit.plan] ?? planLimit.plan} plan allows {planLimit.max} questions per billing period, and this workspace
          has used them all. Questions are available again next period, or when an owner upgrades the plan.
          <UpgradeButton workspaceSlug={workspaceSlug} />
        </Alert>
      )}
      <Composer onSend={onSend} onStop={onStop} streaming={streaming} disabled={sending} autoFocus />
    </Stack>
  );
}
