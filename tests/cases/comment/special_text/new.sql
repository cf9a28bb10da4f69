-- comment/special_text: comments holding quotes, a backslash, newlines, unicode, dollar quotes and SQL
create table t (id integer);
comment on table t is E'it''s "quoted"\nsecond line\\ with backslash\ttab $$ dollars $$ ''; drop table t; --';
comment on column t.id is 'Ünïcødé ✓ 日本語 🎉';
