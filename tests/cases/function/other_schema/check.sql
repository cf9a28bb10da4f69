select util.slugify('Hello World') = 'hello-world' and public.slugify('Hello World') = 'hello world' as t;
