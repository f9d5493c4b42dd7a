// What became of the last change: "Saved" for screen readers (role="status"), or the error (role="alert").
export interface SaveStatusValue {
  ok: boolean;
  text: string;
}

export function SaveStatus({ status }: { status: SaveStatusValue }) {
  return (
    <>
      <p role="status" class="save-status">
        {status.ok ? status.text : ''}
      </p>
      {status.ok ? null : (
        <p role="alert" class="error">
          {status.text}
        </p>
      )}
    </>
  );
}
