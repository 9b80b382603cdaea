import type { Accessor, DefaultProps } from "@deck.gl/core";
import { LineLayer, type LineLayerProps } from "@deck.gl/layers";

/**
 * A line from a geographic point to a pixel offset from it: the leader from a fanned-out symbol
 * (drawn with the same point and `getPixelOffset`) back to the point it stands for. deck.gl's
 * LineLayer joins two geographic positions; here the far end is in pixels, so the line follows
 * the symbol at every zoom with data that never changes. Drawn dark with a light edge, so it reads
 * on the palest and the darkest fills.
 */
export type LeaderLineLayerProps<D> = LineLayerProps<D> & {
  /** The far end, in pixels from the source position (x right, y down, as IconLayer's getPixelOffset). */
  getTargetPixelOffset: Accessor<D, [number, number]>;
};

const VS = `\
#version 300 es
#define SHADER_NAME leader-line-layer-vertex-shader
in vec3 positions;
in vec3 instanceSourcePositions;
in vec3 instanceTargetPositions;
in vec3 instanceSourcePositions64Low;
in vec3 instanceTargetPositions64Low;
in vec4 instanceColors;
in float instanceWidths;
in vec2 instanceTargetPixelOffsets;
out vec4 vColor;
out vec2 uv;
void main(void) {
  geometry.worldPosition = instanceSourcePositions;
  geometry.worldPositionAlt = instanceSourcePositions;
  vec4 anchorCommon;
  vec4 anchor = project_position_to_clipspace(
    instanceSourcePositions, instanceSourcePositions64Low, vec3(0.), anchorCommon);
  geometry.position = anchorCommon;
  uv = positions.xy;
  geometry.uv = uv;
  geometry.pickingColor = picking_getPickingColorFromInstanceID();
  float widthPixels = clamp(
    project_size_to_pixel(instanceWidths * line.widthScale, line.widthUnits),
    line.widthMinPixels, line.widthMaxPixels);
  vec2 along = vec2(instanceTargetPixelOffsets.x, -instanceTargetPixelOffsets.y);
  vec2 across = length(along) > 0. ? normalize(vec2(-along.y, along.x)) : vec2(0.);
  vec3 offset = vec3(along * positions.x + across * positions.y * widthPixels / 2.0, 0.0);
  DECKGL_FILTER_SIZE(offset, geometry);
  DECKGL_FILTER_GL_POSITION(anchor, geometry);
  gl_Position = anchor + vec4(project_pixel_size_to_clipspace(offset.xy), 0.0, 0.0);
  vColor = vec4(instanceColors.rgb, instanceColors.a * layer.opacity);
  DECKGL_FILTER_COLOR(vColor, geometry);
}
`;

const FS = `\
#version 300 es
#define SHADER_NAME leader-line-layer-fragment-shader
precision highp float;
in vec4 vColor;
in vec2 uv;
out vec4 fragColor;
void main(void) {
  geometry.uv = uv;
  float core = 1.0 - smoothstep(0.3, 0.45, abs(uv.y));
  fragColor = mix(vec4(1.0, 1.0, 1.0, 0.9 * vColor.a), vColor, core);
  DECKGL_FILTER_COLOR(fragColor, geometry);
}
`;

const defaultProps: DefaultProps<LeaderLineLayerProps<unknown>> = {
  getTargetPixelOffset: { type: "accessor", value: [0, 0] },
};

export class LeaderLineLayer<D, ExtraProps extends object = object> extends LineLayer<
  D,
  ExtraProps & LeaderLineLayerProps<D>
> {
  static override layerName = "LeaderLineLayer";
  static override defaultProps = defaultProps;

  override getShaders() {
    return { ...super.getShaders(), vs: VS, fs: FS, defines: {} };
  }

  override initializeState() {
    super.initializeState();
    this.getAttributeManager()?.addInstanced({
      instanceTargetPixelOffsets: { size: 2, accessor: "getTargetPixelOffset" },
    });
  }
}
