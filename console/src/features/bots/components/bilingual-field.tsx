import { FieldError, Input, Label, Text, TextArea, TextField } from 'react-aria-components';
import { useMessages } from '../../../i18n/index.ts';
import type { Bilingual } from '../config-form.ts';
import { botMessages } from '../messages.ts';

interface BilingualFieldProps {
  /** Names the pair; each input is named "<label>: 繁體中文" / "<label>: English". */
  label: string;
  description: string;
  value: Bilingual;
  onChange: (value: Bilingual) => void;
  /** The server's messages for the pair as a whole, and for each language. */
  errors: { both?: string | undefined; zh?: string | undefined; en?: string | undefined };
  multiline?: boolean;
  idPrefix: string;
}

/** A text a citizen reads in both languages, side by side: 繁體中文 | English, each marked with its `lang`. */
export function BilingualField({
  label,
  description,
  value,
  onChange,
  errors,
  multiline,
  idPrefix,
}: BilingualFieldProps) {
  const t = useMessages(botMessages);
  const side = (language: 'zh' | 'en') => (
    <TextField
      className="field"
      value={value[language]}
      onChange={(text) => onChange({ ...value, [language]: text })}
      isInvalid={errors[language] !== undefined}
      validationBehavior="aria"
      name={`${idPrefix}.${language}`}
    >
      <Label>
        <span className="visually-hidden">{label}: </span>
        <span lang={language === 'zh' ? 'zh-Hant-HK' : 'en'}>{language === 'zh' ? t('langZh') : t('langEn')}</span>
      </Label>
      {multiline ? (
        <TextArea rows={3} lang={language === 'zh' ? 'zh-Hant-HK' : 'en'} />
      ) : (
        <Input lang={language === 'zh' ? 'zh-Hant-HK' : 'en'} />
      )}
      <FieldError>{errors[language]}</FieldError>
    </TextField>
  );
  return (
    // The pair's own error (e.g. changed by someone else meanwhile) is read with the group's name.
    <fieldset
      className="bilingual"
      aria-describedby={errors.both ? `${idPrefix}-help ${idPrefix}-error` : `${idPrefix}-help`}
    >
      <legend>{label}</legend>
      <Text id={`${idPrefix}-help`} className="field-help">
        {description}
      </Text>
      <div className="bilingual-pair">
        {side('zh')}
        {side('en')}
      </div>
      {errors.both ? (
        <p className="field-error" id={`${idPrefix}-error`}>
          {errors.both}
        </p>
      ) : null}
    </fieldset>
  );
}
