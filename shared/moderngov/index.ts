// The ModernGov client's pure logic: addresses, parsing, planning, pacing, filing decisions.
export * from './dates';
export * from './requests';
export * from './meetingPage';
export * from './pacing';
export * from './plan';
export * from './site';
export * from './text';
export * from './xml';
