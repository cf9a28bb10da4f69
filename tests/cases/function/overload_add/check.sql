select describe(1) = 'int 1' and describe('a'::text) = 'text a' as t;
