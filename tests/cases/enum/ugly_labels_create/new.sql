-- enum/ugly_labels_create: a new enum whose labels hold quotes, spaces, unicode, an injection attempt and an empty string
create type "Ugly Enum" as enum ('it''s', 'two words', 'Ünïcødé ✓', 'x"; drop table t; --', '', 'a\b', 'DROP', 'x''); drop type "Ugly Enum"; --');
