import type { ComponentChildren } from 'preact';
import './SettingSwitch.css';

export interface SettingSwitchProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Plain words on what on and off mean; read with the checkbox. */
  description?: ComponentChildren;
  disabled?: boolean;
}

/** An on/off setting: a native checkbox with its label and an explanation. */
export function SettingSwitch({
  id,
  label,
  checked,
  onChange,
  description,
  disabled,
}: SettingSwitchProps) {
  const descriptionId = `${id}-description`;
  return (
    <div class="setting-switch">
      <input
        id={id}
        type="checkbox"
        class="setting-switch__input"
        checked={checked}
        disabled={disabled}
        aria-describedby={description ? descriptionId : undefined}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <div class="setting-switch__text">
        <label for={id} class="setting-switch__label">
          {label}
        </label>
        {description && (
          <div id={descriptionId} class="setting-switch__description">
            {description}
          </div>
        )}
      </div>
    </div>
  );
}
