import { Type } from '@sinclair/typebox';

/** A timestamp in a response: handlers return Date objects, the serialiser writes ISO 8601. */
export const DateTime = Type.Unsafe<Date | string>({ type: 'string', format: 'date-time' });
export const NullableDateTime = Type.Union([DateTime, Type.Null()]);
