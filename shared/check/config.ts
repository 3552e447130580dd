// Per-committee settings of the Check: a rule switched off, or a threshold changed (a panel that
// accepts a higher reading age, a shorter page limit). Stored as the optional `checkRules` of a
// committee; a rule not named runs with its defaults.
export interface RuleSetting {
  readonly enabled?: boolean;
  readonly threshold?: number;
}

export type CheckConfig = Readonly<Record<string, RuleSetting>>;

export const NO_CONFIG: CheckConfig = {};
