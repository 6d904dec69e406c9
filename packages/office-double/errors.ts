/**
 * Errors shaped like Office.js's `OfficeExtension.Error`: a `code` string
 * ("ItemNotFound", "PropertyNotLoaded", …), a message, and `debugInfo` with
 * the place the error came from. Code strings and messages follow Office.js
 * (`Excel.ErrorCodes`, `OfficeExtension.ErrorCodes` and the OfficeOM resource
 * strings); `NotImplemented` marks an API the double does not model.
 */

export type DoubleErrorCode =
  | 'AccessDenied'
  | 'ApiNotFound'
  | 'GeneralException'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidReference'
  | 'InvalidRequestContext'
  | 'ItemAlreadyExists'
  | 'ItemNotFound'
  | 'NotImplemented'
  | 'PropertyNotLoaded'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'RunMustReturnPromise'
  | 'ValueNotLoaded';

const MESSAGES: Record<DoubleErrorCode, string> = {
  AccessDenied: 'You cannot perform the requested operation.',
  ApiNotFound: 'The method or property {0} is part of the {1} requirement set, which is not available in your version of Excel.',
  GeneralException: 'An internal error has occurred.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidOperation: 'The operation attempted is invalid on the object.',
  InvalidReference: 'This reference is not valid for the current operation.',
  InvalidRequestContext: 'Cannot use the object across different request contexts.',
  ItemAlreadyExists: 'A resource with the same name or identifier already exists.',
  ItemNotFound: "The requested resource doesn't exist.",
  NotImplemented: '{0} is not implemented by the Office double.',
  PropertyNotLoaded:
    'The property \'{0}\' is not available. Before reading the property\'s value, call the load method on the containing object and call "context.sync()" on the associated request context.',
  RequestPayloadSizeLimitExceeded: 'The request payload size has exceeded the limit.',
  ResponsePayloadSizeLimitExceeded: 'The response payload size has exceeded the limit.',
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation.',
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
};

interface DoubleDebugInfo {
  readonly code: string;
  readonly message: string;
  /** "Worksheet.getItem", "Range.values", … */
  readonly errorLocation?: string;
  /** The queued statement that failed, in the double's own notation. */
  readonly statement?: string;
}

/** An error like `OfficeExtension.Error`; check `.code`, as add-ins do. */
export class DoubleError extends Error {
  override readonly name = 'OfficeExtension.Error';
  readonly code: DoubleErrorCode;
  readonly debugInfo: DoubleDebugInfo;
  /** The tag of the queued action that failed (see DoubleRequestContext._tag). */
  actionTag: unknown = undefined;

  constructor(code: DoubleErrorCode, options: { message?: string; args?: readonly string[]; location?: string; statement?: string } = {}) {
    let message = options.message ?? MESSAGES[code];
    (options.args ?? []).forEach((arg, i) => {
      message = message.replace(`{${i}}`, arg);
    });
    super(message);
    this.code = code;
    this.debugInfo = {
      code,
      message,
      ...(options.location ? { errorLocation: options.location } : {}),
      ...(options.statement ? { statement: options.statement } : {}),
    };
  }
}

export function isDoubleError(e: unknown, code?: DoubleErrorCode): e is DoubleError {
  return e instanceof DoubleError && (code === undefined || e.code === code);
}
