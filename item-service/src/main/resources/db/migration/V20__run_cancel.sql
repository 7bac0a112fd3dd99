-- Cancel and resume: a run may be CANCELLED (status), and when it was.
alter table run add column cancelled_at timestamptz;
