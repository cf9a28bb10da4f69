select count(*) = 2 as t from tags where scope = 'team' and label in ('backend', 'ops');
