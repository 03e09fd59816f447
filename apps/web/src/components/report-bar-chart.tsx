/** One series of a bar chart: its name, colour and values (one per category). */
export interface Series {
  name: string;
  colour: string;
  values: readonly number[];
}

/**
 * Bars drawn as SVG (no chart library: nothing to load, and the numbers are also a table). Grouped
 * bars per category; the figure is labelled, and each bar carries its value as a tooltip title.
 */
export function BarChart(props: {
  title: string;
  categories: readonly string[];
  series: readonly Series[];
  height?: number;
}) {
  const height = props.height ?? 160;
  const max = Math.max(1, ...props.series.flatMap((series) => series.values));
  const groupWidth = 100 / Math.max(1, props.categories.length);
  const barWidth = groupWidth / (props.series.length + 1);
  // Label only some categories when there are many, so the axis stays legible.
  const every = Math.ceil(props.categories.length / 12);
  return (
    <figure className="flex flex-col gap-1">
      <figcaption className="sr-only">{props.title}</figcaption>
      <div className="flex gap-3 text-xs text-slate-700" aria-hidden="true">
        {props.series.map((series) => (
          <span key={series.name} className="flex items-center gap-1">
            <span className="inline-block h-2 w-3" style={{ background: series.colour }} />
            {series.name}
          </span>
        ))}
        <span className="ml-auto">max {max}</span>
      </div>
      <svg
        role="img"
        aria-label={props.title}
        viewBox={`0 0 100 ${height}`}
        preserveAspectRatio="none"
        className="h-40 w-full"
      >
        {props.categories.map((category, index) =>
          props.series.map((series, seriesIndex) => {
            const value = series.values[index] ?? 0;
            const barHeight = (value / max) * (height - 4);
            return (
              <rect
                key={`${category}-${series.name}`}
                x={index * groupWidth + (seriesIndex + 0.5) * barWidth}
                y={height - barHeight}
                width={barWidth * 0.9}
                height={barHeight}
                fill={series.colour}
              >
                <title>{`${category} · ${series.name}: ${value}`}</title>
              </rect>
            );
          }),
        )}
      </svg>
      <div className="flex justify-between text-[10px] text-slate-600" aria-hidden="true">
        {props.categories
          .filter((_, index) => index % every === 0)
          .map((category) => (
            <span key={category}>{category}</span>
          ))}
      </div>
    </figure>
  );
}
