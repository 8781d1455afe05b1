/**
 * Errors are handled or logged: a `catch` must use the error it caught or say, in a comment, why ignoring it is
 * safe; so must a promise's `.catch(handler)` whose handler ignores its argument.
 */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'Disallow catches that drop the error without a comment saying why that is safe' },
    messages: {
      silent:
        'This catch drops the error: handle it (a message to the agent), log it (logOnce), or say in a comment why ignoring it is safe.',
    },
    schema: [],
  },
  create(context) {
    const source = context.sourceCode;
    const used = (node) => source.getDeclaredVariables(node).some((v) => v.references.length > 0);
    const explained = (...nodes) =>
      nodes.some((n) => n && (source.getCommentsInside(n).length > 0 || source.getCommentsBefore(n).length > 0));
    /** The statement a `.catch(…)` call ends, whose leading comment may explain it. */
    const statementOf = (node) => {
      let n = node;
      while (n.parent && !/Statement|Declaration$/.test(n.parent.type)) n = n.parent;
      return n.parent ?? n;
    };
    return {
      CatchClause(node) {
        if (node.param && used(node)) return;
        if (explained(node.body)) return;
        context.report({ node, messageId: 'silent' });
      },
      'CallExpression[callee.property.name="catch"]'(node) {
        const handler = node.arguments[0];
        if (!handler || !/FunctionExpression$/.test(handler.type)) return;
        if (handler.params.length > 0 && used(handler)) return;
        if (explained(handler, statementOf(node))) return;
        context.report({ node: handler, messageId: 'silent' });
      },
    };
  },
};
