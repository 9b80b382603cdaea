import type { Activity } from "../../core/data/schema";
import { ActivityItem } from "./ActivityItem";

export function ActivityList({
  activities,
  sourceTitle,
}: {
  activities: Activity[];
  sourceTitle: (id: string) => string;
}) {
  return (
    <ul className="activity-list">
      {activities.map((a) => (
        <ActivityItem key={a.id} activity={a} sourceTitle={sourceTitle(a.source)} />
      ))}
    </ul>
  );
}
