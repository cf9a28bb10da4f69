select count(*) = 1 as t from accounts where name = 'kept';
