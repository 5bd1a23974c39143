/**
 * Errors shaped like OfficeExtension.Error (name 'RichApi.Error', code, message, debugInfo).
 * Messages copied from the Office.js runtime (node_modules/@microsoft/office-js, excel-web-16.00.debug.js)
 * where the runtime has one; host-side messages follow what Excel returns.
 */
export type FakeErrorCode =
  | 'PropertyNotLoaded'
  | 'InvalidOperationInCellEditMode'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'AccessDenied'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'GeneralException'
  | 'EmptyChartSeries'
  | 'UndoNotSupported'
  | 'InvalidReference';

export class FakeOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: FakeErrorCode,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation };
  }
}

const PAYLOAD_DOC = '"https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins"';

export const MESSAGES: Record<FakeErrorCode, string> = {
  PropertyNotLoaded:
    "The property '{0}' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  InvalidOperationInCellEditMode: 'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
  RequestPayloadSizeLimitExceeded: `The request payload size has exceeded the limit. Please refer to the documentation: ${PAYLOAD_DOC}.`,
  ResponsePayloadSizeLimitExceeded: `The response payload size has exceeded the limit. Please refer to the documentation: ${PAYLOAD_DOC}.`,
  AccessDenied: 'You cannot perform the requested operation.',
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: 'The resource already exists.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidOperation: 'The operation is invalid for the object.',
  GeneralException: 'An internal error has occurred.',
  EmptyChartSeries: 'The attempted operation failed because the chart series is empty.',
  UndoNotSupported: 'The operation cannot be grouped into one undo action because it is not supported by undo.',
  InvalidReference: 'This reference is not valid for the current operation.',
};

export function officeError(code: FakeErrorCode, location?: string, detail?: string): FakeOfficeError {
  const base = MESSAGES[code];
  return new FakeOfficeError(code, detail ? `${base} ${detail}` : base, location);
}

export function propertyNotLoaded(entity: string, property: string): FakeOfficeError {
  return new FakeOfficeError('PropertyNotLoaded', MESSAGES.PropertyNotLoaded.replace('{0}', property), `${entity}.${property}`);
}
