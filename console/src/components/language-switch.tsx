import { ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import { commonMessages, isLocale, useI18n, useMessages } from '../i18n/index.ts';

/** 繁體中文 / English, on every page; each button is labelled in its own language. */
export function LanguageSwitch() {
  const { locale, setLocale } = useI18n();
  const t = useMessages(commonMessages);
  return (
    <ToggleButtonGroup
      className="language-switch"
      aria-label={t('language')}
      selectionMode="single"
      disallowEmptySelection
      selectedKeys={[locale]}
      onSelectionChange={(keys) => {
        const [next] = [...keys];
        if (isLocale(next)) setLocale(next);
      }}
    >
      <ToggleButton id="zh-Hant" lang="zh-Hant-HK" className="toggle">
        {t('switchToChinese')}
      </ToggleButton>
      <ToggleButton id="en" lang="en" className="toggle">
        {t('switchToEnglish')}
      </ToggleButton>
    </ToggleButtonGroup>
  );
}
