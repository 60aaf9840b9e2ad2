import swc from 'unplugin-swc';

/** SWC keeps decorator metadata, which NestJS, TypeORM and class-validator need at runtime. */
export const swcPlugin = (): ReturnType<typeof swc.vite> =>
  swc.vite({
    module: { type: 'es6' },
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
    },
  });
