import type { Shape } from '../shape';
import type { forms as zh } from '../zh-CN/forms';

export const forms: Shape<typeof zh> = {
  required: 'Required',
  number: 'Enter a number',
  integer: 'Enter a whole number',
  minLength: 'At least {{min}} characters',
  maxLength: 'At most {{max}} characters',
  min: 'Must be at least {{min}}',
  max: 'Must be at most {{max}}',
  minItems: 'At least {{min}} needed',
  maxItems: 'At most {{max}}',
  amount: 'Enter an amount, e.g. 12.50',
};
