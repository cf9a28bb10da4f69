-- partition/comment_on_partition: a comment is set on one partition and another partition's comment changes; the parent's stays
create table notes (
    id bigint not null,
    kind text not null,
    body text
) partition by list (kind);
comment on table notes is 'all notes';
create table notes_public partition of notes for values in ('public');
comment on table notes_public is 'notes everyone may read';
create table notes_private partition of notes for values in ('private');
comment on table notes_private is 'notes only their author reads';
