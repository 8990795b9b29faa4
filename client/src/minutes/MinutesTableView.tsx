import type { MinutesTable } from '@majlis/shared';

/** A table of the minutes: a header row and body rows, each cell isolated in its own direction. */
export function MinutesTableView({ table, caption }: { table: MinutesTable; caption?: string }) {
  return (
    <table className="minutes-table">
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          {table.columns.map((column, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions of a fixed table.
            <th key={i} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, r) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows of a finished table, never reordered.
          <tr key={r}>
            {row.map((cell, c) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: cells are positions in their row.
              <td key={c}>
                <bdi>{cell}</bdi>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
