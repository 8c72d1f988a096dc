/** What the rest of the web app uses of the surveys feature: the satisfaction cell's drill-down. */
export { SurveyDrillDown } from './SurveyDrillDown';
