export * from './person.js';
export * from './import-columns.js';
export * from './validate-people.js';
export * from './plan-import.js';
export * from './read-people-csv.js';
