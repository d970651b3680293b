// Placeholder: owned by the dataset-rules work (compact index built during the first pass).
export class DatasetIndex {}
