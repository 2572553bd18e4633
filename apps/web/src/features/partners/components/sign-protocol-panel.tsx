import { useSignProtocol } from '../api/sign-protocol';
import { FormPanel } from './form-panel';
import { ProtocolForm } from './protocol-form';

interface SignProtocolPanelProps {
  partnerId: string;
  onSaved: (protocolName: string) => void;
  onCancel: () => void;
}

export function SignProtocolPanel({ partnerId, onSaved, onCancel }: SignProtocolPanelProps) {
  const sign = useSignProtocol(partnerId);
  return (
    <FormPanel heading="Record a signed protocol" level={3}>
      <ProtocolForm
        pending={sign.isPending}
        error={sign.error}
        attempt={sign.submittedAt}
        onSubmit={(values) => sign.mutate(values, { onSuccess: (protocol) => onSaved(protocol.protocolName) })}
        onCancel={onCancel}
      />
    </FormPanel>
  );
}
