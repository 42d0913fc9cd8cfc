import { defineMessages, type MessageDescriptor } from 'react-intl';

/*
 * The words of the shared domain's validation errors on the therapist's screens. The zod
 * schemas in src/shared/domain keep their English (the main process and the API speak it);
 * the screens say the same thing in the app's language (see domain-errors.ts).
 */

/** Field names the schemas put in their messages ("Given name is required"). */
export const FIELD_LABELS: Record<string, MessageDescriptor> = defineMessages({
  Activity: { id: 'domain.label.activity', defaultMessage: 'Activity' },
  'Activity rating': { id: 'domain.label.activityRating', defaultMessage: 'Activity rating' },
  Agenda: { id: 'domain.label.agenda', defaultMessage: 'Agenda' },
  Care: { id: 'domain.label.care', defaultMessage: 'Care' },
  'Changes made': { id: 'domain.label.changesMade', defaultMessage: 'Changes made' },
  'Chart number': { id: 'domain.label.chartNumber', defaultMessage: 'Chart number' },
  'Checklist item': { id: 'domain.label.checklistItem', defaultMessage: 'Checklist item' },
  'Clinic address': { id: 'domain.label.clinicAddress', defaultMessage: 'Clinic address' },
  'Clinic name': { id: 'domain.label.clinicName', defaultMessage: 'Clinic name' },
  'Clinic phone': { id: 'domain.label.clinicPhone', defaultMessage: 'Clinic phone' },
  'Days worn as planned': {
    id: 'domain.label.daysWornAsPlanned',
    defaultMessage: 'Days worn as planned',
  },
  Description: { id: 'domain.label.description', defaultMessage: 'Description' },
  Diagnosis: { id: 'domain.label.diagnosis', defaultMessage: 'Diagnosis' },
  'Driving note': { id: 'domain.label.drivingNote', defaultMessage: 'Driving note' },
  Example: { id: 'domain.label.example', defaultMessage: 'Example' },
  Explanation: { id: 'domain.label.explanation', defaultMessage: 'Explanation' },
  'Family name': { id: 'domain.label.familyName', defaultMessage: 'Family name' },
  'Given name': { id: 'domain.label.givenName', defaultMessage: 'Given name' },
  Goal: { id: 'domain.label.goal', defaultMessage: 'Goal' },
  'Goal attainment': { id: 'domain.label.goalAttainment', defaultMessage: 'Goal attainment' },
  'How-to tip': { id: 'domain.label.howToTip', defaultMessage: 'How-to tip' },
  Line: { id: 'domain.label.line', defaultMessage: 'Line' },
  'Measure name': { id: 'domain.label.measureName', defaultMessage: 'Measure name' },
  'Morning stiffness': {
    id: 'domain.label.morningStiffness',
    defaultMessage: 'Morning stiffness',
  },
  Name: { id: 'domain.label.name', defaultMessage: 'Name' },
  Notes: { id: 'domain.label.notes', defaultMessage: 'Notes' },
  'Other name': { id: 'domain.label.otherName', defaultMessage: 'Other name' },
  'Pain now': { id: 'domain.label.painNow', defaultMessage: 'Pain now' },
  Phone: { id: 'domain.label.phone', defaultMessage: 'Phone' },
  'Photo description': {
    id: 'domain.label.photoDescription',
    defaultMessage: 'Photo description',
  },
  'Plan date': { id: 'domain.label.planDate', defaultMessage: 'Plan date' },
  Precautions: { id: 'domain.label.precautions', defaultMessage: 'Precautions' },
  'Preferred name': { id: 'domain.label.preferredName', defaultMessage: 'Preferred name' },
  Purpose: { id: 'domain.label.purpose', defaultMessage: 'Purpose' },
  Reason: { id: 'domain.label.reason', defaultMessage: 'Reason' },
  'Review date': { id: 'domain.label.reviewDate', defaultMessage: 'Review date' },
  'Review from': { id: 'domain.label.reviewFrom', defaultMessage: 'Review from' },
  'Review to': { id: 'domain.label.reviewTo', defaultMessage: 'Review to' },
  'Search text': { id: 'domain.label.searchText', defaultMessage: 'Search text' },
  'Second backup folder': {
    id: 'domain.label.secondBackupFolder',
    defaultMessage: 'Second backup folder',
  },
  Splint: { id: 'domain.label.splint', defaultMessage: 'Splint' },
  'Template name': { id: 'domain.label.templateName', defaultMessage: 'Template name' },
  Translation: { id: 'domain.label.translation', defaultMessage: 'Translation' },
  Therapist: { id: 'domain.label.therapist', defaultMessage: 'Therapist' },
  'Therapist name': { id: 'domain.label.therapistName', defaultMessage: 'Therapist name' },
  Title: { id: 'domain.label.title', defaultMessage: 'Title' },
  'Warning sign': { id: 'domain.label.warningSign', defaultMessage: 'Warning sign' },
  'What happens': { id: 'domain.label.whatHappens', defaultMessage: 'What happens' },
  'What it helps with': {
    id: 'domain.label.whatItHelpsWith',
    defaultMessage: 'What it helps with',
  },
  'What the patient notices': {
    id: 'domain.label.whatThePatientNotices',
    defaultMessage: 'What the patient notices',
  },
  'What to do': { id: 'domain.label.whatToDo', defaultMessage: 'What to do' },
  'When to wear it': { id: 'domain.label.whenToWearIt', defaultMessage: 'When to wear it' },
});

/** Messages built around a field name, matched by their English form. */
export const LABELLED: Record<
  | 'required'
  | 'tooLong'
  | 'notText'
  | 'lineBreaks'
  | 'control'
  | 'notADate'
  | 'notARealDate'
  | 'notANumber'
  | 'notWhole'
  | 'range'
  | 'brokenCharacter'
  | 'unprintable',
  MessageDescriptor
> = defineMessages({
  required: { id: 'domain.error.required', defaultMessage: '{label} is required' },
  tooLong: {
    id: 'domain.error.tooLong',
    defaultMessage: '{label} must be {max} characters or fewer',
  },
  notText: { id: 'domain.error.notText', defaultMessage: '{label} must be text' },
  lineBreaks: {
    id: 'domain.error.lineBreaks',
    defaultMessage: '{label} cannot contain line breaks or control characters',
  },
  control: {
    id: 'domain.error.control',
    defaultMessage: '{label} cannot contain control characters',
  },
  notADate: { id: 'domain.error.notADate', defaultMessage: '{label} must be a date' },
  notARealDate: { id: 'domain.error.notARealDate', defaultMessage: '{label} must be a real date' },
  notANumber: { id: 'domain.error.notANumber', defaultMessage: '{label} must be a number' },
  notWhole: { id: 'domain.error.notWhole', defaultMessage: '{label} must be a whole number' },
  range: {
    id: 'domain.error.range',
    defaultMessage:
      '{label} must be from {min} to {max}{unit, select, minutes { minutes} days { days} other {}}',
  },
  brokenCharacter: {
    id: 'domain.error.brokenCharacter',
    defaultMessage:
      '{label} has invalid text: a broken character ({code}, half of a pair) that cannot be saved. Type that part again.',
  },
  unprintable: {
    id: 'domain.error.unprintable',
    defaultMessage:
      '{label} has characters a handout cannot print: {characters}. Remove them, or type them another way.',
  },
});

/** Messages with no field name, by their English text. */
export const FIXED: Record<string, MessageDescriptor> = defineMessages({
  'A block must end after it starts': {
    id: 'domain.error.blockEnd',
    defaultMessage: 'A block must end after it starts',
  },
  'A night-only splint cannot be worn more than 14 hours a day': {
    id: 'domain.error.nightHours',
    defaultMessage: 'A night-only splint cannot be worn more than 14 hours a day',
  },
  'Choose a disease stage from the list': {
    id: 'domain.error.chooseStage',
    defaultMessage: 'Choose a disease stage from the list',
  },
  'Choose an ICF code from the list': {
    id: 'domain.error.chooseIcf',
    defaultMessage: 'Choose an ICF code from the list',
  },
  'Choose how well the schedule was kept': {
    id: 'domain.error.chooseAdherence',
    defaultMessage: 'Choose how well the schedule was kept',
  },
  'Choose right, left or both': {
    id: 'domain.error.chooseSide',
    defaultMessage: 'Choose right, left or both',
  },
  'Choose right, left or both before finalising': {
    id: 'domain.error.chooseSideBeforeFinalising',
    defaultMessage: 'Choose right, left or both before finalising',
  },
  'Choose the joints it fits': {
    id: 'domain.error.chooseJoints',
    defaultMessage: 'Choose the joints it fits',
  },
  'Choose when to wear it before finalising': {
    id: 'domain.error.chooseWhenBeforeFinalising',
    defaultMessage: 'Choose when to wear it before finalising',
  },
  'Choose where the visit takes place': {
    id: 'domain.error.chooseVisitPlace',
    defaultMessage: 'Choose where the visit takes place',
  },
  'Choose whether a higher value is better': {
    id: 'domain.error.chooseHigherBetter',
    defaultMessage: 'Choose whether a higher value is better',
  },
  'Date of birth cannot be in the future': {
    id: 'domain.error.birthFuture',
    defaultMessage: 'Date of birth cannot be in the future',
  },
  'Date of birth must be in 1900 or later': {
    id: 'domain.error.birthBefore1900',
    defaultMessage: 'Date of birth must be in 1900 or later',
  },
  'Enter the date of birth as a real date': {
    id: 'domain.error.birthNotReal',
    defaultMessage: 'Enter the date of birth as a real date',
  },
  'Duration must be a whole number of minutes': {
    id: 'domain.error.durationWhole',
    defaultMessage: 'Duration must be a whole number of minutes',
  },
  'Enter a whole number of backups': {
    id: 'domain.error.wholeBackups',
    defaultMessage: 'Enter a whole number of backups',
  },
  'Enter a whole number of minutes': {
    id: 'domain.error.wholeMinutes',
    defaultMessage: 'Enter a whole number of minutes',
  },
  'Highest value must be more than the lowest value': {
    id: 'domain.error.highestAboveLowest',
    defaultMessage: 'Highest value must be more than the lowest value',
  },
  'Hours off cannot be negative': {
    id: 'domain.error.hoursOffNegative',
    defaultMessage: 'Hours off cannot be negative',
  },
  'Hours off cannot exceed 24': {
    id: 'domain.error.hoursOffOver24',
    defaultMessage: 'Hours off cannot exceed 24',
  },
  'Hours on and off together cannot exceed 24': {
    id: 'domain.error.hoursTogetherOver24',
    defaultMessage: 'Hours on and off together cannot exceed 24',
  },
  'Hours on cannot exceed 24': {
    id: 'domain.error.hoursOnOver24',
    defaultMessage: 'Hours on cannot exceed 24',
  },
  'Hours on must be at least half an hour': {
    id: 'domain.error.hoursOnHalfHour',
    defaultMessage: 'Hours on must be at least half an hour',
  },
  'Keep at least one line: every handout prints this box': {
    id: 'domain.error.keepOneLine',
    defaultMessage: 'Keep at least one line: every handout prints this box',
  },
  'List at least one activity': {
    id: 'domain.error.listActivity',
    defaultMessage: 'List at least one activity',
  },
  'List at most 12 activities': {
    id: 'domain.error.listAtMost12',
    defaultMessage: 'List at most 12 activities',
  },
  'Rest at least 1 minute': {
    id: 'domain.error.restAtLeast1',
    defaultMessage: 'Rest at least 1 minute',
  },
  'Rest at most 120 minutes': {
    id: 'domain.error.restAtMost120',
    defaultMessage: 'Rest at most 120 minutes',
  },
  'At least every 5 minutes': {
    id: 'domain.error.everyAtLeast5',
    defaultMessage: 'At least every 5 minutes',
  },
  'At most every 240 minutes': {
    id: 'domain.error.everyAtMost240',
    defaultMessage: 'At most every 240 minutes',
  },
  'Set a review date before finalising': {
    id: 'domain.error.setReviewDate',
    defaultMessage: 'Set a review date before finalising',
  },
  'The review date must be on or after the plan date': {
    id: 'domain.error.reviewAfterPlan',
    defaultMessage: 'The review date must be on or after the plan date',
  },
  'The review “to” date must be on or after the “from” date': {
    id: 'domain.error.reviewToAfterFrom',
    defaultMessage: 'The review “to” date must be on or after the “from” date',
  },
  'The logo must be 1 MB or smaller': {
    id: 'domain.error.logoSize',
    defaultMessage: 'The logo must be 1 MB or smaller',
  },
  'The logo must be a PNG or JPEG image': {
    id: 'domain.error.logoType',
    defaultMessage: 'The logo must be a PNG or JPEG image',
  },
  'The photo is too large: choose it again so it is made smaller': {
    id: 'domain.error.photoTooLarge',
    defaultMessage: 'The photo is too large: choose it again so it is made smaller',
  },
  'The picture is larger than 8 MB. Choose a smaller one.': {
    id: 'domain.error.pictureOver8',
    defaultMessage: 'The picture is larger than 8 MB. Choose a smaller one.',
  },
  'Time must be a time of day, like 09:30': {
    id: 'domain.error.timeOfDay',
    defaultMessage: 'Time must be a time of day, like 09:30',
  },
  'Use a 24-hour time such as 09:30': {
    id: 'domain.error.time24',
    defaultMessage: 'Use a 24-hour time such as 09:30',
  },
  'Pain must be a whole number from 0 to 10': {
    id: 'domain.error.painWhole',
    defaultMessage: 'Pain must be a whole number from 0 to 10',
  },
  'Pain must be from 0 to 10': {
    id: 'domain.error.painRange',
    defaultMessage: 'Pain must be from 0 to 10',
  },
  'Start date must be a real date, such as 2026-03-14': {
    id: 'domain.error.startDateReal',
    defaultMessage: 'Start date must be a real date, such as 2026-03-14',
  },
  'Type this group': { id: 'domain.error.typeGroup', defaultMessage: 'Type this group' },
  'A group is four letters or digits': {
    id: 'domain.error.groupShape',
    defaultMessage: 'A group is four letters or digits',
  },
  'Too many joints': { id: 'domain.error.tooManyJoints', defaultMessage: 'Too many joints' },
});
