/** One figure of one area in one period: the unit a series on an area tree is made of. */
export interface AreaFigure {
  area_code: string;
  /** Any key of the period: a year (2024), a month ('2024-08'). Figures of one period are moved together. */
  period: string | number;
  value: number;
}

/** A figure that came from other areas' figures, and which ones. */
export interface AreaFigureSource {
  area_code: string;
  /** Share of the source's figure taken (1 when gathered whole). */
  weight: number;
  /** The source's figure. */
  value: number;
}
