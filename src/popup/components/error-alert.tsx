// An action's error, read out at once (role="alert"); nothing when there is none.
export function ErrorAlert({ error }: { error: string | undefined }) {
  return error ? (
    <p role="alert" class="call-error">
      {error}
    </p>
  ) : null;
}
