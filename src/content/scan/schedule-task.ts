// Schedules a task soon: a MessageChannel message is a real task that runs after the current one
// without setTimeout's 4 ms clamp for nested timers, and unlike requestAnimationFrame or
// requestIdleCallback it is not delayed by hundreds of ms on a loaded or hidden page.
export type ScheduleTask = (task: () => void) => void;

export function createTaskScheduler(): ScheduleTask {
  if (typeof MessageChannel !== 'function') return (task) => void setTimeout(task, 0);
  const channel = new MessageChannel();
  const tasks: (() => void)[] = [];
  channel.port1.onmessage = () => tasks.shift()?.();
  return (task) => {
    tasks.push(task);
    channel.port2.postMessage(null);
  };
}
