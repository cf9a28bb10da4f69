-- sequence/alter_increment: only the increment changes
create sequence counter increment by 10;
