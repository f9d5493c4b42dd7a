// The popup's order of requests: the shared urgency rule (overdue, due soonest, oldest; closed and
// expired last), also used by the background to send the most urgent requests first.
export { sortByUrgency } from '../shared/callbacks/urgency';
