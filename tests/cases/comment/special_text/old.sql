-- comment/special_text: comments holding quotes, a backslash, newlines, unicode, dollar quotes and SQL
create table t (id integer);
